"""The Qt layer of opsdesk."""
