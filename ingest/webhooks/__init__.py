"""The public entry point: a signed POST from a wire partner becomes a stored Delivery."""
