del x, $
