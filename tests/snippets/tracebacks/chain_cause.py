# raise ... from ...: "The above exception was the direct cause of the following exception".
class ConfigError(Exception):
    pass

def read(cfg):
    try:
        return cfg["port"]
    except KeyError as e:
        raise ConfigError("port is missing") from e

read({})
