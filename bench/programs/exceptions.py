# exception-heavy: raise/catch in loops, custom exception hierarchies, try/finally, try/else,
# re-raise, exception chaining, errors raised by builtins (KeyError, ValueError, ZeroDivisionError,
# IndexError, AttributeError), context managers whose __exit__ sees the exception.
# size: loop iterations (default 400000, quick 25000)
import sys


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__("missing %r" % (key,))
        self.key = key


class Invalid(AppError):
    pass


class Guard:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log[0] += 1
        return self

    def __exit__(self, kind, value, tb):
        if kind is Invalid:
            self.log[1] += 1
            return True
        return False


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise NotFound(key) from None


def check(i):
    if i % 5 == 0:
        raise Invalid(i)
    if i % 7 == 0:
        raise NotFound(i)
    return i


def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1


def deep(n):
    if n == 0:
        raise AppError("bottom")
    try:
        return deep(n - 1)
    finally:
        pass


def main(n):
    table = {i: i * i for i in range(0, 100, 3)}
    found = missing = invalid = finals = elses = 0
    for i in range(n):
        try:
            lookup(table, i % 100)
        except NotFound as e:
            missing += e.key & 1
        else:
            found += 1
        try:
            check(i)
        except Invalid:
            invalid += 1
        except AppError as e:
            missing += len(e.args)
        else:
            elses += 1
        finally:
            finals += 1
    print(found, missing, invalid, finals, elses)

    log = [0, 0]
    for i in range(n // 2):
        with Guard(log):
            if i % 3 == 0:
                raise Invalid()
    print(log)

    bad = 0
    for i in range(n // 2):
        bad += parse("12" if i % 4 else "x1") < 0
        try:
            (i % 3) and 10 // (i % 2)
        except ZeroDivisionError:
            bad += 1
        try:
            [1, 2, 3][i % 5]
        except IndexError as e:
            bad += len(str(e)) > 0
        try:
            None.missing
        except AttributeError:
            bad += 1
    print(bad)

    chained = 0
    for i in range(n // 10):
        try:
            try:
                deep(i % 20)
            except AppError as e:
                raise Invalid("wrapped") from e
        except Invalid as e:
            chained += isinstance(e.__cause__, AppError)
    print(chained)

    caught = 0
    for i in range(n // 4):
        try:
            try:
                raise NotFound(i)
            except NotFound:
                if i % 2:
                    raise
                caught += 1
        except AppError:
            caught += 2
    print(caught)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 400000)
