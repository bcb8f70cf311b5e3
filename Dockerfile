# ActorGraph API image: slim Python 3.11, installed from a wheel built in a throwaway stage, run as non-root.
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY actorgraph ./actorgraph
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    ACTORGRAPH_DATA_DIR=/data
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels \
    && useradd --system --uid 10001 --user-group --home-dir /app --create-home actorgraph \
    && mkdir -p /data && chown actorgraph:actorgraph /data
WORKDIR /app
COPY --chown=actorgraph:actorgraph examples ./examples
USER actorgraph
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=5 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/ready', timeout=4)"]
ENTRYPOINT ["actorgraph"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8000"]
