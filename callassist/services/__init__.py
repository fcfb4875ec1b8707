"""Core services: each public function is one unit of work returning plain frozen values."""
