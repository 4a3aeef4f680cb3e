// A redirect page sends the reader on at once and keeps the clause (#…) they asked for, which the page's
// <meta http-equiv="refresh"> (the way on without JavaScript) cannot carry.
const onward = document.querySelector<HTMLAnchorElement>('a[data-redirect]');
if (onward) location.replace(onward.href + location.hash);
