match x:
    case C(**x):
        pass
