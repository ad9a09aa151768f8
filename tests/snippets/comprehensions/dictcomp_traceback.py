# a traceback from a dict comprehension names <dictcomp>
prices = {"apple": 3, "pear": 0}
per_unit = {name: 12 // count for name, count in prices.items()}
