"""A local Spark session for the tests, or a skip that says what is missing.

Outside CI a machine without pyspark or Java skips the Spark tests with the fix in the
message; under CI=true they must run, so a missing dependency fails instead, unless .ci/run
left PySpark out because the disk filled up installing it and said so in SPARK_LEFT_OUT.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

MASTER = "local[2]"
SPARK_LEFT_OUT = "TRADEGUARD_CI_SPARK_LEFT_OUT"


def _missing() -> str | None:
    if importlib.util.find_spec("pyspark") is None:
        return "pyspark is not installed: pip install 'tradeguard[spark]'"
    if shutil.which("java") is None and "JAVA_HOME" not in os.environ:
        return "Spark needs Java 17+: apt-get install default-jre-headless"
    return None


def spark_session() -> SparkSession:
    missing = _missing()
    if missing:
        left_out = os.environ.get(SPARK_LEFT_OUT)
        if left_out:
            pytest.skip(f"{missing}; .ci/run left it out: {left_out}")
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(missing + " (CI=true requires the Spark tests to run)")
        pytest.skip(missing)
    from pyspark.sql import SparkSession

    # Local workers must import tradeguard from this interpreter's environment.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.master(MASTER).appName("tradeguard-tests")
    builder = builder.config("spark.ui.enabled", "false")
    builder = builder.config("spark.ui.showConsoleProgress", "false")
    return builder.config("spark.sql.shuffle.partitions", "2").getOrCreate()
