# Non-ASCII text before and inside the failing expression: markers count characters.
def f(ключ):
    данные = {"α": 1}
    return данные["β"] + ключ

try:
    f(1)
except KeyError as e:
    import sys
    sys.excepthook(type(e), e, e.__traceback__)
s = "日本語"; n = s + 1
