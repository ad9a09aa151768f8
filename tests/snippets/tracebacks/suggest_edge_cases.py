# Suggestion limits: long names, many candidates, a custom __dir__, no name/obj, UnboundLocalError.
import sys

def report(e):
    sys.excepthook(type(e), e, e.__traceback__)

class Many:
    pass
m = Many()
for i in range(800):
    setattr(m, f"attr{i}", i)
try:
    m.attr1x
except AttributeError as e:
    report(e)

class Custom:
    def __dir__(self):
        return ["alpha", "beta", "gamma"]
    def __getattr__(self, name):
        raise AttributeError(f"no {name}")
try:
    Custom().alpah
except AttributeError as e:
    report(e)

e = AttributeError("made by hand", name="lenght", obj="text")
report(e)
e = NameError("made by hand", name="pirnt")
report(e)
class Long:
    a_really_quite_long_attribute_name_that_goes_on_and_on_x = 1
try:
    Long().a_really_quite_long_attribute_name_that_goes_on_and_on_y
except AttributeError as e:
    report(e)

def unbound():
    valeu = 1
    del valeu
    return valeu
try:
    unbound()
except UnboundLocalError as e:
    report(e)
try:
    Long().A_REALLY_QUITE_LONG_ATTRIBUTE_NAME_THAT_GOES_ON_AND_ON_X
except AttributeError as e:
    report(e)
