"""skillhive: shared memory and a self-improving skill directory for LLM agents, over MCP."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("skillhive")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
