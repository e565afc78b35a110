"""Type stubs of vigil's C++ extension (python/src/module.cc)."""

from typing import List, Optional, Tuple

__version__: str

class VigilError(RuntimeError):
    """A vigil error (every problem is in the message); raised as the subclass of its kind."""
    code: str  # vigil::StatusCode's name: "not_found", "data_error", ...

class InvalidArgumentError(VigilError, ValueError):
    """The request is malformed (a document that is not one). code == "invalid_argument"."""

class NotFoundError(VigilError, FileNotFoundError):
    """A file or folder named does not exist. code == "not_found"."""

class IoError(VigilError, OSError):
    """A file exists but cannot be read. code == "io_error"."""

class DataError(VigilError):
    """Data read is malformed: a dictionary line, a CAMEO table, a config. code == "data_error"."""

class FailedPreconditionError(VigilError):
    """The state refuses the request. code == "failed_precondition"."""

class UnavailableError(VigilError, ConnectionError):
    """A service cannot be reached. code == "unavailable"."""

class InternalError(VigilError):
    """A fault of vigil's own. code == "internal"."""

class Engine:
    def __init__(self, petrarch_config: str = "", data_dir: str = "", all_modalities: bool = False) -> None: ...
    @property
    def skipped_dictionary_lines(self) -> List[str]: ...
    def code_lines(self, lines: List[bytes], threads: int = 0) -> List[Tuple[Optional[str], str, List[str]]]: ...
    def quotes_line(self, line: bytes, kinds: List[str] = ...) -> str: ...

def event_template() -> str: ...
def default_data_dir() -> str: ...
def default_threads() -> int: ...
