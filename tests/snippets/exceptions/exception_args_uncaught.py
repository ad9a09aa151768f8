class Multi(Exception):
    pass

raise Multi("first", 2, [3])
