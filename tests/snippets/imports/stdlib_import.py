# modules of the standard library are found after the script's folder
import keyword
import colorsys
print(keyword.iskeyword("for"), keyword.iskeyword("four"), keyword.__name__)
print(keyword.__file__ == "/usr/lib/python3.11/keyword.py", keyword.__spec__.origin == keyword.__file__)
print(colorsys.rgb_to_hsv(1.0, 0.0, 0.0))
import sys
print("sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names)
print(sys.__spec__.origin, sys.__spec__.name, builtins_spec := __import__("builtins").__spec__.name)
