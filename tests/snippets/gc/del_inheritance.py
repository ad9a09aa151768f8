# __del__ is inherited; super().__del__() chains; a subclass may remove it by setting it in its own dict.
import gc
from _isolate import isolated


class Base:
    def __del__(self):
        print('Base.__del__', type(self).__name__)


class Child(Base):
    pass


class Chained(Base):
    def __del__(self):
        print('Chained.__del__')
        super().__del__()


def make():
    for cls in (Child, Chained):
        o = cls()
        o.me = o


isolated(make)
gc.collect()
print('done')
