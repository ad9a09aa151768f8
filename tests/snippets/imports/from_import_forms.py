# from-import forms: names, aliases, submodules, parenthesised lists
from _mod_simple import answer, greet as hello
from _mod_simple import (
    Thing,
    _private,
)
from _pkg_basic import sub
from _pkg_basic.sub import value as sub_value
print(answer, hello("x"), Thing.__name__, _private)
print(sub.__name__, sub_value)
import sys
print("module still registered:", "_mod_simple" in sys.modules, "_pkg_basic.sub" in sys.modules)
print("only the bound names exist here:", "_mod_simple" in globals(), "_pkg_basic" in globals())
