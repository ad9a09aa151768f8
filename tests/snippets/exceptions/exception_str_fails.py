class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("str is broken")

raise BadStr("payload")
