// A trivial read: its bookmark names the last transaction the database committed, the
// graph version that keys the API's read cache (app/read_cache.py).
RETURN 1 AS one
