declare module 'text-readability';
