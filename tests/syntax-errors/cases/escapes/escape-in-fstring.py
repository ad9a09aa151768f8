x = f"\x1"
