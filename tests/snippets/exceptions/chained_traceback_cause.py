class AppError(Exception):
    pass

def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise AppError(f"missing setting {key!r}") from e

def main():
    settings = {"debug": True}
    print(read_setting(settings, "debug"))
    print(read_setting(settings, "port"))

main()
