"""Runs an anchoralign JSON Lines stream on Apache Spark: the dataset is split into partitions, and each
partition is piped through the command line tool with RDD.pipe, as docs/scale.md describes.

usage: python spark_pipe.py INPUT.jsonl OUTPUT_DIR PARTITIONS -- COMMAND...
Prints one JSON line with what ran: partitions, master, seconds. The master is local[2] (two
executor threads on this machine) unless SPARK_MASTER says otherwise (spark://host:7077, yarn, ...).
"""
import json
import os
import shlex
import sys
import time

from pyspark.sql import SparkSession


def main(argv):
    split = argv.index("--")
    input_path, output_dir, partitions = argv[1], argv[2], int(argv[3])
    command = argv[split + 1 :]
    master = os.environ.get("SPARK_MASTER", "local[2]")
    spark = (
        SparkSession.builder.master(master)
        .appName("anchoralign-jsonl")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    started = time.monotonic()
    try:
        sets = spark.sparkContext.textFile("file://" + os.path.abspath(input_path), minPartitions=partitions)
        # Each partition's lines go to one process's stdin; its stdout lines are the partition's output.
        # checkCode stays off: exit 2 (a bad set) or 1 (findings) still leaves a complete output.
        # pipe takes one string and splits it with shlex, so the words are quoted back into one.
        results = sets.pipe(shlex.join(command), env=dict(os.environ))
        results.saveAsTextFile("file://" + os.path.abspath(output_dir))
        ran = sets.getNumPartitions()
    finally:
        spark.stop()
    print(json.dumps({"partitions": ran, "master": master, "seconds": time.monotonic() - started}))


if __name__ == "__main__":
    main(sys.argv)
