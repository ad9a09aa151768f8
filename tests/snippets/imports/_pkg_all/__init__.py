__all__ = ["first", "second", "CONSTANT"]
CONSTANT = 3
print("package init; submodules loaded:", sorted(k for k in globals() if k in __all__))
