class ParseError(ValueError):
    """A wire body that cannot be read; the message says what was wrong and where."""

    def __init__(self, message: str, where: str = ""):
        self.message = message
        self.where = where
        super().__init__(f"{message} (at {where})" if where else message)
