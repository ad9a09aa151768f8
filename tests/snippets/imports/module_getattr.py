# module-level __getattr__ and __dir__ (PEP 562)
import _lazy_attrs
print(_lazy_attrs.known)
print(_lazy_attrs.computed_value)
from _lazy_attrs import computed_thing
print(computed_thing)
print(dir(_lazy_attrs))
try:
    _lazy_attrs.other
except AttributeError as e:
    print("AttributeError:", e)
try:
    from _lazy_attrs import other
except ImportError as e:
    print("ImportError:", str(e)[:str(e).index(" (")])
print(getattr(_lazy_attrs, "missing", "default"), hasattr(_lazy_attrs, "computed_x"))
