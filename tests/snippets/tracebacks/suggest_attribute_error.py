# AttributeError "Did you mean" from dir() of the object; shown in the report, not in str().
import sys

def show(f):
    try:
        f()
    except AttributeError as e:
        print("str:", e)
        sys.excepthook(type(e), e, e.__traceback__)

class Config:
    def __init__(self):
        self.timeout = 5
        self.retries = 3
    def connect(self):
        pass

c = Config()
show(lambda: c.timout)
show(lambda: c.Retries)
show(lambda: c.conect())
show(lambda: c.zzzzzz)
show(lambda: "abc".uper())
show(lambda: [].apend(1))
show(lambda: Config.conect)
show(lambda: (1).real.imagg)
show(lambda: sys.maxsiz)
