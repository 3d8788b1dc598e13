"""Spec errors: one line each, "file:line: what is wrong"."""


class SpecError(Exception):
    """One problem in the spec, located by file and line."""

    def __init__(self, file, line, message):
        super().__init__(f"{file}:{line}: {message}")
        self.file = file
        self.line = line
        self.message = message

    def __str__(self):
        return f"{self.file}:{self.line}: {self.message}"


class SpecErrors(Exception):
    """Every problem found, reported together before exit 1."""

    def __init__(self, errors):
        super().__init__("\n".join(str(e) for e in errors))
        self.errors = sorted(errors, key=lambda e: (e.file, e.line, e.message))


class Collector:
    """Gathers SpecErrors so one run reports all of them."""

    def __init__(self):
        self.errors = []

    def add(self, file, line, message):
        self.errors.append(SpecError(file, line, message))

    def raise_if_any(self):
        if self.errors:
            raise SpecErrors(self.errors)
