x = "é"; y = f"{a b}"
