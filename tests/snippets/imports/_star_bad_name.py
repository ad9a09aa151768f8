__all__ = ["present", "missing"]
present = 1
