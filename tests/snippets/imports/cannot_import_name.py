# ImportError for a missing name: the message carries the module's path
try:
    from _mod_simple import does_not_exist
except ImportError as e:
    text = str(e)
    print(text[:text.index("(") - 1])
    print(e.name, e.path.endswith("_mod_simple.py"), e.msg == text)
try:
    from sys import no_such_thing
except ImportError as e:
    print(e)
try:
    from _nspkg import nothing
except ImportError as e:
    print(e)
from _pkg_basic import missing_name
