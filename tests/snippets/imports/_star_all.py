__all__ = ["exported", "_exported_private"]
exported = "in __all__"
_exported_private = "private but listed"
not_exported = "public but not listed"
