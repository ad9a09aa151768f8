# plain attribute access on a partially initialised module
import _circ_p
