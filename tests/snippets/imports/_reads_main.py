import __main__
seen = "helper read: " + __main__.marker
