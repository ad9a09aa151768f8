# getattr/setattr on modules and classes through builtins
import sys
setattr(sys.modules[__name__], "made_here", 5)
print(made_here, getattr(sys.modules[__name__], "made_here"))
class K:
    pass
setattr(K, "cls_attr", [1])
print(K.cls_attr, hasattr(K(), "cls_attr"), getattr(K, "__name__"))
delattr(K, "cls_attr")
print(hasattr(K, "cls_attr"))
