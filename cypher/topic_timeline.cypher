// Meetings and stances on a topic, by month (meetings by their date, stances by the
// publication date of the article stating them; undated ones under null).
MATCH (t:Topic {id: $id})
CALL (t) {
  OPTIONAL MATCH (m:Meeting)-[:ABOUT]->(t)
  RETURN collect({month: CASE WHEN m.date_start IS NULL THEN null
                              ELSE substring(toString(m.date_start), 0, 7) END, id: m.id}) AS meetings
}
CALL (t) {
  OPTIONAL MATCH (a:Article)-[:STATES]->(s:Stance)-[:ON]->(t)
  RETURN collect({month: CASE WHEN a.published IS NULL THEN null
                              ELSE substring(a.published, 0, 7) END, id: s.id}) AS stances
}
RETURN t.id AS id, t.label AS label, meetings, stances
