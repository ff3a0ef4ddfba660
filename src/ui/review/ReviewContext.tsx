/**
 * The review controller for components deep in the findings tree (a finding's details offer
 * 标记为已说明; a lapsed finding shows its old explanation) without threading it through the tree.
 * Outside a provider these parts render nothing, so the tree still works on its own.
 */
import * as React from "react";
import type { Review } from "./use-review";

const ReviewContext = React.createContext<Review | null>(null);

export function ReviewProvider(props: { review: Review; children: React.ReactNode }): React.JSX.Element {
  return <ReviewContext.Provider value={props.review}>{props.children}</ReviewContext.Provider>;
}

export function useReviewContext(): Review | null {
  return React.useContext(ReviewContext);
}
