// Uniqueness constraints back every MERGE key; indexes back the API's filters.
// Applied idempotently by `srk schema` and at API start.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT stance_id IF NOT EXISTS FOR (n:Stance) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
CREATE INDEX meeting_date_start IF NOT EXISTS FOR (n:Meeting) ON (n.date_start);
CREATE INDEX meeting_status IF NOT EXISTS FOR (n:Meeting) ON (n.status);
CREATE INDEX meeting_pair IF NOT EXISTS FOR (n:Meeting) ON (n.pair_key);
CREATE INDEX evidence_article IF NOT EXISTS FOR (n:Evidence) ON (n.article_id);
CREATE INDEX stance_article IF NOT EXISTS FOR (n:Stance) ON (n.article_id);
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
// Read-side keys maintained at write time (meetings_refresh, article_keys): every list is
// read in index order (meetings by (sort_key, id)), and per-pair aggregates are nodes of their own.
CREATE CONSTRAINT pair_id IF NOT EXISTS FOR (n:Pair) REQUIRE n.id IS UNIQUE;
CREATE INDEX pair_rank IF NOT EXISTS FOR (n:Pair) ON (n.topic, n.rank);
CREATE INDEX pair_actor_a IF NOT EXISTS FOR (n:Pair) ON (n.topic, n.a);
CREATE INDEX pair_actor_b IF NOT EXISTS FOR (n:Pair) ON (n.topic, n.b);
// Meetings and stances per topic and month (GET /topics/{id}/timeline), kept by
// meetings_refresh and article_keys.
CREATE CONSTRAINT topic_month_id IF NOT EXISTS FOR (n:TopicMonth) REQUIRE n.id IS UNIQUE;
CREATE INDEX meeting_sort_key_id IF NOT EXISTS FOR (n:Meeting) ON (n.sort_key, n.id);
CREATE INDEX stance_sort_key IF NOT EXISTS FOR (n:Stance) ON (n.sort_key);
CREATE INDEX stance_polarity IF NOT EXISTS FOR (n:Stance) ON (n.polarity);
CREATE INDEX article_sort_key IF NOT EXISTS FOR (n:Article) ON (n.sort_key);
// Actor search (GET /actors?q=): folded names and aliases, fuzzy terms.
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.search, n.name]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
// Full-text search (GET /search) over article titles and texts and evidence sentences.
CREATE FULLTEXT INDEX text_search IF NOT EXISTS FOR (n:Article|Evidence|Stance) ON EACH [n.title, n.text];
