"""The package's data: the build maps the top-level rules/ and models/ folders here as
redactor.data.rules and redactor.data.models (setup.py); read them with ``config.package_data``."""
