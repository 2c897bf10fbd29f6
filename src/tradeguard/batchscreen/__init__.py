"""Batch screening at scale: a file of parties in, a file of hits out.

`run.screen_file` streams the input in numbered chunks, scores each chunk with the one
`Matcher` (on a local process pool or on Spark), commits every finished chunk as a part file
plus a checkpoint manifest, and assembles the output at the end; see docs/batch.md.
"""
