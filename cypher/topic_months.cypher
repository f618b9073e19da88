// A topic's months (GET /topics/{id}/timeline): the TopicMonth buckets kept at write time
// (meetings_refresh, article_keys), at most one per month plus 'undated', which sorts
// after every 'YYYY-MM'. The items of a month are one paged call away (/meetings?topic=&from=&to=).
MATCH (t:Topic {id: $id})
RETURN t.id AS id, t.label AS label,
       COLLECT { MATCH (b:TopicMonth)-[:MONTH_OF]->(t)
                 RETURN b {.month, .meetings, .stances} AS bucket ORDER BY b.month } AS months
