// Counts for GET /stats, all from the count store (constant time): meetings carry a status
// label (HeldMeeting, PlannedMeeting, UndatedMeeting) kept by meetings_refresh.
RETURN COUNT { (:Meeting) } AS meetings, COUNT { (:HeldMeeting) } AS held,
       COUNT { (:PlannedMeeting) } AS planned, COUNT { (:UndatedMeeting) } AS undated,
       COUNT { (:Article) } AS articles, COUNT { (:Actor) } AS actors,
       COUNT { (:Stance) } AS stances, COUNT { (:Evidence) } AS reports
