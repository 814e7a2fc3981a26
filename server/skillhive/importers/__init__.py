"""Trajectory formats from other tools, read into TrajectoryIn records.

    iter_import(path, fmt)   every record of a file or folder as an ImportItem (trajectory or error)
    count_records(path, fmt) how many items that will be, cheaply, for a progress bar
    detect_format(path)      which of FORMATS a file (or folder) holds

Formats: native (skillhive JSONL), openai (chat messages), swe-agent (.traj), tau-bench (results).
Importers do not redact: records go through the same recording path as any client's, which does.
"""

from skillhive.importers.detect import FORMATS, detect_format
from skillhive.importers.reader import count_records, iter_import
from skillhive.importers.records import ImportItem

__all__ = ["FORMATS", "ImportItem", "count_records", "detect_format", "iter_import"]
