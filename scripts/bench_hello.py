"""The baseline of the API load benchmark: a hello-world FastAPI app, served by the same
uvicorn with the same workers as the API, so that ratios show what our code costs."""

from fastapi import FastAPI

app = FastAPI()


@app.get("/")
def hello() -> dict:
    return {"hello": "world"}
