/**
 * The review feature's screens: comment threads beside each element and in the Review section, the handoff (request,
 * approve, request changes), approved versions opened read-only, the Members section and the notification bell.
 */
package org.schemaboard.review.ui;
