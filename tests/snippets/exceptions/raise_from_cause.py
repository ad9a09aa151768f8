class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("invalid config: " + text) from e

try:
    load("abc")
except ConfigError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))

try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("no context shown") from None
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))

try:
    raise TypeError("explicit") from ValueError("cause without try")
except TypeError as e:
    print(repr(e.__cause__), repr(e.__context__))

try:
    raise TypeError("bad") from 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise KeyError from ValueError
except KeyError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)
load("42x")
