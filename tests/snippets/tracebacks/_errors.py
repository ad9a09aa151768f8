class AppError(Exception):
    pass


class Namespace:
    class Deep(LookupError):
        pass


def fail():
    raise AppError("raised in a helper module")
