"""opsdesk core: domain, storage, rules, services, documents. Never imports Qt."""

__version__ = "0.1.0"
