from . import b
from .b import b_value as renamed
from .sub.c import c_value
from .sub import c as c_module

def describe():
    return [__name__, __package__, b.b_value, renamed, c_value, c_module.__name__]
