/**
 * Whether the pane sits in the browser workspace, where the user can open a workbook of their own
 * (the demo banner then says so). False in Excel, and while the demo stands in for an Excel that
 * is still connecting: there the user's workbook is on its way.
 */
import * as React from "react";

export const CanOpenWorkbook = React.createContext(false);
