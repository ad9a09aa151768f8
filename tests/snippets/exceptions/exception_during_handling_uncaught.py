def risky():
    return 1 / 0

def handle():
    try:
        risky()
    except ZeroDivisionError as e:
        log = None
        log.write(str(e))

handle()
