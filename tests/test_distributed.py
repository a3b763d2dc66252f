"""sayso on Dask (LocalCluster, worker processes) and Spark (local mode) gives exactly the
results of a local analyze_batch. Skipped when the engines are not installed
(pip install 'sayso[dask]' / 'sayso[spark]'); CI installs them."""

import json
import os
import shutil
import sys

import pytest

import sayso

ARTICLES = [
    ("fr-1", "« Nous voulons planter 10 000 arbres d'ici 2030 », a déclaré Claire Dubreuil."),
    ("en-1", '"One good month does not make a recovery," said Daniel Osei on Friday.'),
    ("vi-1", "Khoảng 1.200 hộ dân ở tỉnh Quảng Trị phải sơ tán, ông Trần Minh Khoa cho biết."),
    ("de-1", "„Wir brauchen mehr Personal“, sagte die Bürgermeisterin am Dienstag."),
    ("ru-1", "«Уровень воды поднялся на 2,5 метра», — заявил Андрей Соколов."),
    ("es-1", "Más de 3.000 familias solicitaron las ayudas, informó el ayuntamiento."),
] * 5


@pytest.fixture()
def corpus(tmp_path):
    """A JSON-lines corpus in three partitions, and what a local run gives for it."""
    rows = [{"id": f"{doc_id}-{i}", "text": text} for i, (doc_id, text) in enumerate(ARTICLES)]
    for part in range(3):
        with open(tmp_path / f"part-{part}.jsonl", "w", encoding="utf-8") as f:
            for row in rows[part::3]:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    local = sayso.analyze_batch([r["text"] for r in rows], ids=[r["id"] for r in rows])
    return tmp_path, {d.id: d.to_json() for d in local}


def test_analyze_frame_keeps_every_row():
    pd = pytest.importorskip("pandas")
    from sayso.distributed import analyze_frame

    frame = pd.DataFrame({"id": [1, 2, None], "text": ["Bonjour à tous les amis.", None, "Hi!"]})
    out = analyze_frame(frame)
    assert list(out.columns) == ["id", "language", "result", "error"]
    assert out["id"].tolist()[:2] == ["1", "2"] and pd.isna(out["id"].iloc[2])
    assert out["language"].iloc[0] == "fr"
    assert pd.isna(out["result"].iloc[1]) and "not str" in out["error"].iloc[1]
    assert (
        json.loads(out["result"].iloc[0])
        == sayso.analyze("Bonjour à tous les amis.", id="1").to_dict()
    )


def test_dask_local_cluster(corpus):
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("dask.distributed")
    from sayso.distributed import META, analyze_frame

    path, expected = corpus
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        frames = dd.read_json(str(path / "part-*.jsonl"), lines=True, blocksize=None)
        out = frames.map_partitions(analyze_frame, meta=META, threads=1).compute()
    assert dict(zip(out["id"], out["result"])) == expected
    assert out["error"].isna().all()


# pyspark 4 warns that pandas 3 is not fully supported; the features used here work.
@pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning")
def test_spark_local_mode(corpus):
    if shutil.which("java") is None:
        pytest.skip("Spark needs a Java runtime (java is not on PATH)")
    pytest.importorskip("pyarrow")
    pyspark_sql = pytest.importorskip("pyspark.sql")
    from sayso.distributed import SPARK_SCHEMA, analyze_frames

    path, expected = corpus
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = (
        pyspark_sql.SparkSession.builder.master("local[2]")
        .appName("sayso-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    try:
        df = spark.read.json(str(path))
        rows = df.mapInPandas(analyze_frames, schema=SPARK_SCHEMA).collect()
    finally:
        spark.stop()
    assert {r["id"]: r["result"] for r in rows} == expected
    assert all(r["error"] is None for r in rows)
